import { afterEach, describe, expect, it } from "vitest";
import { mailboxKey } from "@/lib/rate-limit/address-key";
import { clientIp, ipLimitKey } from "@/lib/rate-limit/client-ip";
import { limitRules, minutesToWait } from "@/lib/rate-limit/rules";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe("mailboxKey: one allowance per inbox", () => {
  it.each([
    ["Alice@Example.com", "alice@example.com"],
    ["alice+1@example.com", "alice@example.com"],
    ["alice+news+x@example.com", "alice@example.com"],
    ["a.lice@example.com", "a.lice@example.com"],
    ["J.o.h.n+spam@Gmail.com", "john@gmail.com"],
    ["john.doe@googlemail.com", "johndoe@gmail.com"],
    ["+tag@example.com", "+tag@example.com"],
    [" bob@example.com. ", "bob@example.com"],
  ])("%s → %s", (email, key) => {
    expect(mailboxKey(email)).toBe(key);
  });

  it("gives the sign-in and invitation limits the same key for every variant", () => {
    const keys = ["a@gmail.com", "A+1@gmail.com", "a+2@googlemail.com"].map((email) => limitRules.signInAddress(email).key);
    expect(new Set(keys).size).toBe(1);
    expect(limitRules.invitationEmailsToAddress("a+x@example.com").key).toBe(limitRules.invitationEmailsToAddress("A@example.com").key);
  });
});

describe("clientIp", () => {
  const headers = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

  it("is unknown without a trusted proxy, whatever X-Forwarded-For says", () => {
    process.env.TRUST_PROXY = "";
    expect(clientIp(headers("203.0.113.9"))).toBeNull();
  });

  it("with TRUST_PROXY, takes the entry our proxy appended (the last), never the client's own", () => {
    process.env.TRUST_PROXY = "on";
    expect(clientIp(headers("203.0.113.9"))).toBe("203.0.113.9");
    expect(clientIp(headers("1.2.3.4, 203.0.113.9"))).toBe("203.0.113.9");
    expect(clientIp(headers("spoofed, 2001:db8::1"))).toBe("2001:db8::1");
    expect(clientIp(headers("[2001:db8::1]:443"))).toBe("2001:db8::1");
    expect(clientIp(headers("203.0.113.9:5000"))).toBe("203.0.113.9");
    expect(clientIp(headers("not-an-ip"))).toBeNull();
    expect(clientIp(headers())).toBeNull();
  });
});

describe("ipLimitKey", () => {
  it("counts IPv4 addresses one by one and IPv6 by /64 network", () => {
    expect(ipLimitKey("203.0.113.9")).toBe("203.0.113.9");
    expect(ipLimitKey("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(ipLimitKey("2001:db8:1:2:aaaa::1")).toBe("2001:0db8:0001:0002::/64");
    expect(ipLimitKey("2001:db8:1:2::ffff")).toBe(ipLimitKey("2001:0db8:0001:0002:1:2:3:4"));
    expect(ipLimitKey("::1")).toBe("0000:0000:0000:0000::/64");
  });
});

describe("limits", () => {
  it("come from the configuration, with defaults", () => {
    for (const name of [
      "SIGN_IN_EMAILS_PER_15_MIN",
      "SIGN_IN_REQUESTS_PER_IP_PER_HOUR",
      "EMAILS_PER_HOUR",
      "NEWCOMER_EMAILS_PER_HOUR",
      "ORGANIZATIONS_PER_USER_PER_DAY",
      "INVITATIONS_PER_ORG_PER_DAY",
      "INVITATION_EMAILS_PER_ORG_PER_DAY",
      "INVITATION_EMAILS_PER_ADDRESS_PER_DAY",
    ])
      process.env[name] = "";
    expect(limitRules.signInAddress("a@x.test")).toMatchObject({ limit: 5, windowMs: 15 * 60_000 });
    expect(limitRules.signInIp("203.0.113.9")).toMatchObject({ key: "sign-in:ip:203.0.113.9", limit: 30, windowMs: 3_600_000 });
    expect(limitRules.outgoingEmails("known")).toMatchObject({ key: "email:known", limit: 1000, windowMs: 3_600_000 });
    expect(limitRules.outgoingEmails("newcomers")).toMatchObject({ key: "email:newcomers", limit: 500, windowMs: 3_600_000 });
    expect(limitRules.organizationsCreated("u1")).toMatchObject({ key: "organization:created:u1", limit: 3, windowMs: 86_400_000 });
    expect(limitRules.invitationsCreated("o1")).toMatchObject({ limit: 200, windowMs: 86_400_000 });
    expect(limitRules.invitationEmailsOfOrg("o1")).toMatchObject({ limit: 100, windowMs: 86_400_000 });
    expect(limitRules.invitationEmailsToAddress("a@x.test")).toMatchObject({ limit: 5, windowMs: 86_400_000 });
    process.env.EMAILS_PER_HOUR = "50";
    process.env.NEWCOMER_EMAILS_PER_HOUR = "7";
    process.env.ORGANIZATIONS_PER_USER_PER_DAY = "1";
    expect(limitRules.outgoingEmails("known").limit).toBe(50);
    expect(limitRules.outgoingEmails("newcomers").limit).toBe(7);
    expect(limitRules.organizationsCreated("u1").limit).toBe(1);
  });

  it("round waits up to whole minutes, at least one", () => {
    expect(minutesToWait(1)).toBe(1);
    expect(minutesToWait(60_000)).toBe(1);
    expect(minutesToWait(60_001)).toBe(2);
    expect(minutesToWait(3_600_000)).toBe(60);
  });
});
