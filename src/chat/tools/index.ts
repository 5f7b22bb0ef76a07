import { getTriageTool } from "./get-triage.js";
import { offerDiscoveryCallTool } from "./offer-discovery-call.js";
import { recordIntakeTool } from "./record-intake.js";
import { searchKnowledgeTool } from "./search-knowledge.js";
import type { ToolDescriptor } from "./tool-descriptor.js";

export { getTriageTool, offerDiscoveryCallTool, recordIntakeTool, searchKnowledgeTool };
export type { ToolContext, ToolDescriptor } from "./tool-descriptor.js";

/** Every tool the LLM brain offers the model. */
export const chatTools: ReadonlyArray<ToolDescriptor<never>> = [
  recordIntakeTool,
  getTriageTool,
  searchKnowledgeTool,
  offerDiscoveryCallTool,
];
