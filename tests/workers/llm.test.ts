import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { TestChatClient, textOf } from "../helpers/chat-client.js";
import { say, scriptedModel, systemText } from "../llm/scripted-model.js";
import { seedDemoClinic } from "../../src/worker/worker-app.js";
import { createWorkerDeps } from "../../src/worker/worker-deps.js";

// The LLM brain on the Worker: there is no prompts/ folder to read in workerd, so the system
// prompt must come from the bundled module. A scripted model stands in for the provider.

describe("the LLM brain on the Worker", () => {
  it("builds its system prompt from the bundled prompts/system.md and streams the model's words", async () => {
    const model = scriptedModel([say("Thanks for telling me. How old are you?")]);
    const deps = createWorkerDeps(env);
    await seedDemoClinic(deps.db);
    const app = createApp({ ...deps, languageModel: model });
    const client = new TestChatClient(app);
    await client.send();
    const reply = await client.send("My knee hurts when I run");
    expect(textOf(reply)).toContain("How old are you?");
    expect(systemText(model)).toContain("You are the online assistant of Stride Physical Therapy (demo)");
  });
});
