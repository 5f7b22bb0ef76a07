import { z } from "zod";
import { callClinic } from "../guard/calls-to-action.js";
import type { CallToAction } from "../protocol/ui-message.js";
import type { ToolDescriptor } from "./tool-descriptor.js";

/** Shows the clinic's free discovery call as a call-to-action card (`data-cta`). */
export const offerDiscoveryCallTool: ToolDescriptor<{ reason?: string }> = {
  name: "offer_discovery_call",
  description:
    "Show the visitor a button to book the clinic's free discovery call (a short chat with a physical therapist). " +
    "Use it when they want to talk to someone or want more help than self-care.",
  inputSchema: z.object({ reason: z.string().max(200).optional() }).strict(),
  run(_input, context) {
    const { session } = context;
    const actions: CallToAction[] = [
      { kind: "discovery_call", label: "Book a free discovery call" },
      ...callClinic(session.clinic),
    ];
    // Same part id as the disposition card's CTA: a later card replaces this one, not stacks.
    session.writer.data("cta", { actions }, "cta");
    return { offered: true, note: "The visitor now sees a button to book the discovery call." };
  },
};
