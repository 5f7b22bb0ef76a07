import { describe, expect, it } from "vitest";
import { bookingLinkFor, newLeadRef } from "../../src/bookings/booking-link.js";

const lead = { leadRef: "lr_abc123", name: "Dana O'Visitor", email: "dana+knee@example.com" };

describe("the prefilled booking link", () => {
  it("opens Cal.com with name, email and metadata[lead] (what Cal.com returns as payload.metadata.lead)", () => {
    const link = bookingLinkFor({ bookingProvider: "calcom", bookingUrl: "https://cal.com/stride/assessment" }, lead);
    expect(link).toBe(
      "https://cal.com/stride/assessment?name=Dana+O%27Visitor&email=dana%2Bknee%40example.com&metadata[lead]=lr_abc123",
    );
    const params = new URL(link ?? "").searchParams;
    expect([params.get("name"), params.get("email"), params.get("metadata[lead]")]).toEqual([
      "Dana O'Visitor",
      "dana+knee@example.com",
      "lr_abc123",
    ]);
  });

  it("opens Calendly with name, email and utm_content (what Calendly returns as tracking.utm_content)", () => {
    const params = new URL(
      bookingLinkFor({ bookingProvider: "calendly", bookingUrl: "https://calendly.com/stride/assessment" }, lead) ?? "",
    ).searchParams;
    expect(Object.fromEntries(params)).toEqual({
      name: "Dana O'Visitor",
      email: "dana+knee@example.com",
      utm_content: "lr_abc123",
    });
  });

  it("keeps query parameters already on the clinic's URL", () => {
    const link = bookingLinkFor(
      {
        bookingProvider: "calendly",
        bookingUrl: "https://calendly.com/stride/assessment?month=2026-03&hide_gdpr_banner=1",
      },
      lead,
    );
    const params = new URL(link ?? "").searchParams;
    expect([params.get("month"), params.get("hide_gdpr_banner"), params.get("utm_content")]).toEqual([
      "2026-03",
      "1",
      "lr_abc123",
    ]);
  });

  it("leaves out an email the visitor did not give", () => {
    const params = new URL(
      bookingLinkFor(
        { bookingProvider: "calcom", bookingUrl: "https://cal.com/stride/assessment" },
        { leadRef: "lr_x", name: "Sam" },
      ) ?? "",
    ).searchParams;
    expect(params.has("email")).toBe(false);
    expect(params.get("name")).toBe("Sam");
  });

  it("gives a plain link as the clinic typed it, and nothing without a booking URL", () => {
    expect(bookingLinkFor({ bookingProvider: "link", bookingUrl: "https://stride.example/book?src=chat" }, lead)).toBe(
      "https://stride.example/book?src=chat",
    );
    expect(bookingLinkFor({ bookingProvider: "calcom", bookingUrl: null }, lead)).toBeUndefined();
    expect(bookingLinkFor({ bookingProvider: "link", bookingUrl: "" }, lead)).toBeUndefined();
  });

  it("makes lead references that are opaque and different each time", () => {
    const refs = new Set(Array.from({ length: 50 }, () => newLeadRef()));
    expect(refs.size).toBe(50);
    for (const ref of refs) expect(ref).toMatch(/^lr_[A-Za-z0-9_-]{20,}$/);
  });
});
