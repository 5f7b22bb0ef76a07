import { afterEach, describe, expect, it } from "vitest";
import { auditLog } from "../../src/db/schema.js";
import { csvCell, toCsv } from "../../src/staff/csv.js";
import { asStaff, conversationWithLead, createTwoClinics, signIn } from "./staff-helpers.js";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe("CSV cells", () => {
  it("neutralise anything a spreadsheet would run as a formula with a leading apostrophe", () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell("+1 555 0100")).toBe("'+1 555 0100");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("\rcmd")).toBe(`"'\rcmd"`);
    expect(csvCell("Jo Smith")).toBe("Jo Smith");
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell(null)).toBe("");
  });

  it("rows end in CRLF and quotes are doubled", () => {
    expect(toCsv(["a", "b"], [['say "hi"', 2]])).toBe('a,b\r\n"say ""hi""",2\r\n');
  });
});

describe("GET /api/staff/leads.csv", () => {
  it("exports the clinic's leads with formula-looking visitor input neutralised, and audits the export", async () => {
    const test = await createTwoClinics();
    cleanup = test.close;
    await conversationWithLead(test, {
      lead: { name: "=cmd|' /C calc'!A0", email: "x@example.com", phone: "+1 555 010 0100", preferredTime: "@noon" },
    });
    const session = await signIn(test, "owner@demo.test");
    const response = await asStaff(test, session, "GET", "/api/staff/leads.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="leads-demo-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const text = await response.text();
    const [header, row] = text.split("\r\n");
    expect(header).toBe(
      "id,created_at,status,name,email,phone,preferred_time,fit,level,consent_at,notes,conversation_id,intake_summary",
    );
    expect(row).toContain(",'=cmd|' /C calc'!A0,");
    expect(row).toContain(",'+15550100100,");
    expect(row).toContain(",'@noon,");
    expect(row).not.toMatch(/,=|,\+|,@/);
    expect((await test.db.select().from(auditLog)).map((entry) => entry.action)).toContain("export_leads_csv");
  });
});

describe("the leads CSV in a spreadsheet", () => {
  it("starts with a UTF-8 byte-order mark, so Excel shows accented names, and stays formula-safe", async () => {
    const test = await createTwoClinics();
    cleanup = test.close;
    await conversationWithLead(test, {
      lead: { name: "José Ñúñez", email: "jose@example.com", preferredTime: "=1+1" },
    });
    const session = await signIn(test, "owner@demo.test");
    const bytes = new Uint8Array(await (await asStaff(test, session, "GET", "/api/staff/leads.csv")).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith("\uFEFFid,created_at,")).toBe(true);
    expect(text).toContain(",José Ñúñez,jose@example.com,");
    expect(text).toContain(",'=1+1,");
  });
});

describe("transcript export", () => {
  it("downloads a conversation as text with the recorded facts and the visitor's words", async () => {
    const test = await createTwoClinics();
    cleanup = test.close;
    const { conversationId } = await conversationWithLead(test);
    const session = await signIn(test, "owner@demo.test");
    const response = await asStaff(
      test,
      session,
      "GET",
      `/api/staff/conversations/${conversationId}/transcript?format=text`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="conversation-${conversationId}.txt"`,
    );
    const text = await response.text();
    expect(text).toContain(`Conversation ${conversationId}`);
    expect(text).toContain("Visitor:\n  My left knee aches after running for 3 weeks, I'm 34");
    expect(text).toMatch(/recorded: Age = 34 \(visitor said: "My left knee aches/);
    expect(text).toMatch(/asked: /);
  });

  it("downloads a conversation as JSON with messages, intake card and disposition", async () => {
    const test = await createTwoClinics();
    cleanup = test.close;
    const { conversationId } = await conversationWithLead(test);
    const session = await signIn(test, "owner@demo.test");
    const response = await asStaff(
      test,
      session,
      "GET",
      `/api/staff/conversations/${conversationId}/transcript?format=json`,
    );
    const body = (await response.json()) as {
      messages: unknown[];
      intakeCard: Array<{ field: string; visitorSaid?: string }>;
      disposition: { rulesetVersion: string };
      lead: { name: string };
    };
    expect(body.messages.length).toBeGreaterThan(1);
    expect(body.intakeCard.find((field) => field.field === "age")?.visitorSaid).toMatch(/I'm 34/);
    expect(body.disposition.rulesetVersion).toMatch(/\d/);
    expect(body.lead.name).toBe("Dana Visitor");
    const bad = await asStaff(test, session, "GET", `/api/staff/conversations/${conversationId}/transcript?format=pdf`);
    expect(bad.status).toBe(400);
    expect(
      (await test.db.select().from(auditLog)).filter((entry) => entry.action === "export_transcript"),
    ).toHaveLength(1);
  });
});
