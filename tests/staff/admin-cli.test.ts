import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { findClinicBySlug } from "../../src/db/clinics.js";
import { findStaffByEmail } from "../../src/db/staff.js";
import { CliError, runAdminCommand } from "../../src/staff/admin-commands.js";
import { DEMO_OWNER_EMAIL, ensureDemoOwner } from "../../src/staff/demo-owner.js";
import { verifyPassword } from "../../src/staff/password.js";
import { createTestApp } from "../helpers/test-app.js";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function database() {
  const test = await createTestApp();
  cleanup = test.close;
  return test;
}

async function failure(promise: Promise<unknown>): Promise<CliError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error("the command did not fail");
}

describe("the admin commands", () => {
  it("create a clinic with its allowed origins, then an owner who can sign in", async () => {
    const { db, app } = await database();
    expect(
      await runAdminCommand(db, [
        "create-clinic",
        "--slug",
        "northside",
        "--name",
        "Northside PT",
        "--origin",
        "https://northside.example",
        "--origin",
        "https://www.northside.example",
      ]),
    ).toMatch(/Created clinic northside/);
    expect((await findClinicBySlug(db, "northside"))?.allowedOrigins).toEqual([
      "https://northside.example",
      "https://www.northside.example",
    ]);
    expect(
      await runAdminCommand(db, [
        "create-staff",
        "--clinic",
        "northside",
        "--email",
        "Boss@Northside.example",
        "--password",
        "long enough password",
        "--role",
        "owner",
      ]),
    ).toMatch(/Created owner boss@northside.example/);
    const login = await app.request("/api/staff/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "boss@northside.example", password: "long enough password" }),
    });
    expect(login.status).toBe(200);
    expect(await runAdminCommand(db, ["list"])).toContain("northside\tboss@northside.example\towner");
  });

  it("disable-staff and set-password change the account and end its sessions", async () => {
    const { db } = await database();
    await runAdminCommand(db, [
      "create-staff",
      "--clinic",
      "demo",
      "--email",
      "desk@demo.test",
      "--password",
      "first password",
    ]);
    expect(
      await runAdminCommand(db, ["set-password", "--email", "desk@demo.test", "--password", "second password"]),
    ).toMatch(/new password/);
    expect(
      await verifyPassword("second password", (await findStaffByEmail(db, "desk@demo.test"))?.passwordHash ?? ""),
    ).toBe(true);
    expect(await runAdminCommand(db, ["disable-staff", "--email", "desk@demo.test"])).toMatch(/Disabled/);
    expect((await findStaffByEmail(db, "desk@demo.test"))?.disabledAt).not.toBeNull();
    expect(await runAdminCommand(db, ["list"])).toContain("desk@demo.test\tstaff\tdisabled");
  });

  it("an email with accounts at two clinics needs --clinic to say which one to change", async () => {
    const { db } = await database();
    await runAdminCommand(db, ["create-clinic", "--slug", "northside", "--name", "Northside PT"]);
    await runAdminCommand(db, [
      "create-staff",
      "--clinic",
      "demo",
      "--email",
      "locum@example.test",
      "--password",
      "demo password!",
    ]);
    await runAdminCommand(db, [
      "create-staff",
      "--clinic",
      "northside",
      "--email",
      "locum@example.test",
      "--password",
      "north password!",
    ]);
    expect(
      await failure(
        runAdminCommand(db, [
          "create-staff",
          "--clinic",
          "demo",
          "--email",
          "locum@example.test",
          "--password",
          "again password",
        ]),
      ),
    ).toMatchObject({ exitCode: 1 });
    expect(await failure(runAdminCommand(db, ["disable-staff", "--email", "locum@example.test"]))).toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/--clinic/),
    });
    expect(
      await runAdminCommand(db, ["disable-staff", "--email", "locum@example.test", "--clinic", "northside"]),
    ).toMatch(/Disabled/);
    expect(await runAdminCommand(db, ["list"])).toMatch(
      /demo\tlocum@example.test\tstaff\n[\s\S]*northside\tlocum@example.test\tstaff\tdisabled/,
    );
  });

  it("explain what is wrong, with exit code 2 for the command line and 1 for what cannot be done", async () => {
    const { db } = await database();
    expect(await failure(runAdminCommand(db, []))).toMatchObject({ exitCode: 2 });
    expect(await failure(runAdminCommand(db, ["make-coffee"]))).toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/Unknown command "make-coffee"/),
    });
    expect(await failure(runAdminCommand(db, ["create-clinic", "--name", "No Slug"]))).toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/Missing --slug/),
    });
    expect(
      await failure(
        runAdminCommand(db, ["create-clinic", "--slug", "x1", "--name", "N", "--origin", "https://x.example/path"]),
      ),
    ).toMatchObject({ exitCode: 2 });
    expect(await failure(runAdminCommand(db, ["create-clinic", "--slug", "demo", "--name", "Again"]))).toMatchObject({
      exitCode: 1,
      message: expect.stringMatching(/already exists/),
    });
    expect(
      await failure(
        runAdminCommand(db, [
          "create-staff",
          "--clinic",
          "nowhere",
          "--email",
          "a@b.example",
          "--password",
          "long enough password",
        ]),
      ),
    ).toMatchObject({ exitCode: 1 });
    expect(
      await failure(
        runAdminCommand(db, ["create-staff", "--clinic", "demo", "--email", "a@b.example", "--password", "short"]),
      ),
    ).toMatchObject({ exitCode: 2, message: expect.stringMatching(/at least 10/) });
    expect(
      await failure(
        runAdminCommand(db, [
          "create-staff",
          "--clinic",
          "demo",
          "--email",
          "a@b.example",
          "--password",
          "long enough password",
          "--role",
          "admin",
        ]),
      ),
    ).toMatchObject({ exitCode: 2 });
    expect(await failure(runAdminCommand(db, ["disable-staff", "--email", "ghost@demo.test"]))).toMatchObject({
      exitCode: 1,
    });
    expect(await failure(runAdminCommand(db, ["list", "--bogus"]))).toMatchObject({ exitCode: 2 });
  });

  it("the first start of an empty database creates one demo owner, and later starts do not", async () => {
    const { db, demo } = await database();
    const created = await ensureDemoOwner(db, demo, Date.now());
    expect(created?.email).toBe(DEMO_OWNER_EMAIL);
    expect(
      await verifyPassword(created?.password ?? "", (await findStaffByEmail(db, DEMO_OWNER_EMAIL))?.passwordHash ?? ""),
    ).toBe(true);
    expect(await ensureDemoOwner(db, demo, Date.now())).toBeUndefined();
  });
});

describe("npm run admin", () => {
  it("uses DATABASE_PATH and exits 0, 1 or 2", { timeout: 60_000 }, async () => {
    const directory = mkdtempSync(join(tmpdir(), "knee-admin-"));
    const run = promisify(execFile);
    const env = { ...process.env, DATABASE_PATH: join(directory, "admin.db") };
    const admin = (args: string[]) =>
      run(process.execPath, ["--import", "tsx", "src/cli/admin.ts", ...args], { env, cwd: process.cwd() });
    try {
      const ok = await admin(["create-clinic", "--slug", "east", "--name", "East PT"]);
      expect(ok.stdout).toMatch(/Created clinic east/);
      await expect(admin(["create-clinic", "--slug", "east", "--name", "East PT"])).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringMatching(/already exists/),
      });
      await expect(admin(["create-staff"])).rejects.toMatchObject({
        code: 2,
        stderr: expect.stringMatching(/Missing --clinic/),
      });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
