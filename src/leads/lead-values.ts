// The values a lead can take, shared by the schema checks of the routes, the dashboard and the database.

export const leadStatuses = ["new", "contacted", "booked", "attended", "closed"] as const;
export type LeadStatus = (typeof leadStatuses)[number];

/** `book`: wants an appointment; `callback`: an urgent visitor asks the clinic to call today. */
export const leadIntents = ["book", "callback"] as const;
export type LeadIntent = (typeof leadIntents)[number];
