import { describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/test-app.js";

// The published description must name every public path clinics and our checks rely on.
const contractPaths = [
  "/healthz",
  "/api/triage",
  "/api/chat",
  "/api/conversations/{id}",
  "/api/leads",
  "/api/bookings/calcom/{clinic}",
  "/api/bookings/calendly/{clinic}",
  "/api/knowledge/search",
  "/widget.js",
  "/api/staff/login",
  "/api/staff/logout",
  "/api/staff/conversations",
  "/api/staff/conversations/{id}",
  "/api/staff/leads",
  "/api/staff/leads/{id}",
  "/api/staff/leads.csv",
  "/api/staff/alerts",
  "/follow-up/{token}",
  "/staff",
  "/openapi.json",
  "/docs",
];

describe("the API description", () => {
  it("documents every path of the public interface", async () => {
    const { app, close } = await createTestApp();
    const document = (await (await app.request("/openapi.json")).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    close();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(contractPaths));
  });

  it("names the staff session cookie the server really sets", async () => {
    const { app, close } = await createTestApp();
    const document = (await (await app.request("/openapi.json")).json()) as {
      components: { securitySchemes: { staffSession: { name: string } } };
    };
    close();
    expect(document.components.securitySchemes.staffSession.name).toBe("knee_staff");
  });

  it("describes the intake with the engine's own field names and forbids unknown ones", async () => {
    const { app, close } = await createTestApp();
    const document = (await (await app.request("/openapi.json")).json()) as {
      components: { schemas: { Intake: { properties: Record<string, unknown>; additionalProperties?: boolean } } };
    };
    close();
    expect(Object.keys(document.components.schemas.Intake.properties)).toContain("walkFourStepsNow");
    expect(document.components.schemas.Intake.additionalProperties).toBe(false);
  });

  it("serves a readable /docs page listing the endpoints", async () => {
    const { app, close } = await createTestApp();
    const page = await (await app.request("/docs")).text();
    close();
    expect(page).toContain("/api/triage");
    expect(page).toContain("<table>");
  });
});
