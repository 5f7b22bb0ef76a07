import type { Action, Level } from "./levels.js";

// Fixed safety-net advice for each level. Written here, in code, never generated.

const emergencyNow =
  "If the foot turns cold, pale or blue, you feel short of breath or have chest pain, call emergency services at once.";

export const safetyNetByLevel: Record<Level, string[]> = {
  emergency: [
    "Do not eat or drink in case you need an operation, and do not drive yourself.",
    "Keep the leg still and supported until you are seen.",
    emergencyNow,
  ],
  urgent: [
    "Go to an emergency department instead if you can no longer put weight on the leg, the knee or kneecap looks out of place, or you develop a fever with a hot, swollen knee.",
    emergencyNow,
    "Until you are seen, rest the knee and avoid running, jumping or twisting on it.",
  ],
  routine: [
    "Get seen the same day (urgent care) if the knee locks, gives way badly, swells up quickly, or becomes hot and red.",
    "Go to an emergency department if you cannot put weight on the leg or the knee looks out of place.",
    emergencyNow,
  ],
  self_care: [
    "Book an assessment if the pain is not clearly better in 2 weeks, keeps coming back, or stops you doing your sport.",
    "Get seen the same day (urgent care) if the knee locks, gives way, swells up quickly, or becomes hot and red, or if you get a fever.",
    emergencyNow,
  ],
};

/** The headline of what to do, by action, for the disposition card. */
export const actionHeadline: Record<Action, string> = {
  call_emergency_services: "Call emergency services now",
  go_to_emergency_department: "Go to an emergency department now",
  urgent_care_today: "Get seen at urgent care today",
  see_doctor_within_24h: "See a doctor within 24 hours",
  see_doctor_soon: "See a doctor soon",
  book_pt_assessment: "Book a physical-therapy assessment within 1–2 weeks",
  self_care: "Look after it yourself, with a safety net",
};
