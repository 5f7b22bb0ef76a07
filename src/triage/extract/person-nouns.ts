// The nouns that name people in a message: the writer's children and relatives, and the groups a
// coach or teacher writes about (subject.ts names the patient from them; subject-told.ts needs
// nobody named before an unnamed "he" or "she" is the patient).

/** A child: "son", "toddler", "14 year old". */
export const childNouns = String.raw`sons?|daughters?|grandsons?|granddaughters?|grandchild(?:ren)?|grandkids?|kids?|child|children|boy|girl|baby|toddler|teen|teenager|stepson|stepdaughter|little one|youngest|eldest|oldest|\d{1,2}\s*-?\s*(?:years?|yrs?)[\s-]*old|\d{1,2}\s*(?:yo|y/o)`;
/** An adult relative, friend or client. */
export const peopleNouns = String.raw`dad|father|daddy|mum|mom|mother|mam|mummy|mommy|parents?|friend|mate|wife|husband|partner|brother|sister|siblings?|grandma|grandmother|gran|granny|nan|nana|grandad|granddad|grandfather|grandpa|uncle|aunt|auntie|cousin|niece|nephew|colleague|coworker|neighbou?r|team ?mate|boyfriend|girlfriend|fianc[eé]e?|family|patient|client`;
/** A group written about: "one of my regulars", "my students". */
export const groupNouns = String.raw`(?:[a-z]+\s+)?(?:regulars?|students?|pupils?|members?|players?|athletes?|clients|patients|customers?)`;
/** Anyone a message may be written for, pets too ("my dog knocked me over"). */
export const otherNouns = String.raw`${peopleNouns}|dog|cat|${groupNouns}`;
