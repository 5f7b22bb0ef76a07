// Levels, actions and care settings of spec/triage.md §2 and §6.

export const levels = ["emergency", "urgent", "routine", "self_care"] as const;
export type Level = (typeof levels)[number];

/** Higher number = more urgent. */
export const levelRank: Record<Level, number> = {
  emergency: 3,
  urgent: 2,
  routine: 1,
  self_care: 0,
};

export const actions = [
  "call_emergency_services",
  "go_to_emergency_department",
  "urgent_care_today",
  "see_doctor_within_24h",
  "see_doctor_soon",
  "book_pt_assessment",
  "self_care",
] as const;
export type Action = (typeof actions)[number];

/** Higher number = more urgent; breaks ties between rules of the same level. */
export const actionRank: Record<Action, number> = {
  call_emergency_services: 6,
  go_to_emergency_department: 5,
  urgent_care_today: 4,
  see_doctor_within_24h: 3,
  see_doctor_soon: 2,
  book_pt_assessment: 1,
  self_care: 0,
};

export const careSettings = [
  "emergency_services",
  "emergency_department",
  "urgent_care",
  "physician",
  "physical_therapist",
  "self_care",
] as const;
export type CareSetting = (typeof careSettings)[number];

export const careSettingForAction: Record<Action, CareSetting> = {
  call_emergency_services: "emergency_services",
  go_to_emergency_department: "emergency_department",
  urgent_care_today: "urgent_care",
  see_doctor_within_24h: "physician",
  see_doctor_soon: "physician",
  book_pt_assessment: "physical_therapist",
  self_care: "self_care",
};

export function isMoreUrgent(a: Level, b: Level): boolean {
  return levelRank[a] > levelRank[b];
}
