import { afterEach, describe, expect, it } from "vitest";
import { appUrl, config, ConfigError } from "@/lib/config";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe("configuration", () => {
  it("treats an empty value as unset: the default applies", () => {
    process.env.SIGN_IN_EMAILS_PER_15_MIN = "";
    process.env.PORT = "  ";
    process.env.DATABASE_URL = "";
    const settings = config();
    expect(settings.SIGN_IN_EMAILS_PER_15_MIN).toBe(5);
    expect(settings.PORT).toBe(3000);
    expect(settings.DATABASE_URL).toBeUndefined();
  });

  it("reads numbers and switches", () => {
    Object.assign(process.env, { SIGN_IN_EMAILS_PER_15_MIN: "12", SIGN_IN_LINK_MINUTES: "90", TRUST_PROXY: "1", MAIL_WORKER: "off" });
    expect(config()).toMatchObject({ SIGN_IN_EMAILS_PER_15_MIN: 12, SIGN_IN_LINK_MINUTES: 90, TRUST_PROXY: "on", MAIL_WORKER: "off" });
  });

  it("refuses a sign-in limit of 0 and names each bad variable", () => {
    Object.assign(process.env, { SIGN_IN_EMAILS_PER_15_MIN: "0", PORT: "http" });
    expect(() => config()).toThrow(ConfigError);
    try {
      config();
    } catch (error) {
      expect((error as Error).message).toContain('SIGN_IN_EMAILS_PER_15_MIN="0"');
      expect((error as Error).message).toContain('PORT="http"');
    }
  });

  it("reads the email budgets and the daily organization limit, with defaults; 0 is refused", () => {
    Object.assign(process.env, { EMAILS_PER_HOUR: "", NEWCOMER_EMAILS_PER_HOUR: "", ORGANIZATIONS_PER_USER_PER_DAY: "" });
    expect(config()).toMatchObject({ EMAILS_PER_HOUR: 1000, NEWCOMER_EMAILS_PER_HOUR: 500, ORGANIZATIONS_PER_USER_PER_DAY: 3 });
    Object.assign(process.env, { NEWCOMER_EMAILS_PER_HOUR: "20", ORGANIZATIONS_PER_USER_PER_DAY: "10" });
    expect(config()).toMatchObject({ NEWCOMER_EMAILS_PER_HOUR: 20, ORGANIZATIONS_PER_USER_PER_DAY: 10 });
    process.env.ORGANIZATIONS_PER_USER_PER_DAY = "0";
    expect(() => config()).toThrow(/ORGANIZATIONS_PER_USER_PER_DAY="0"/);
  });

  it("builds links on APP_URL without a doubled slash", () => {
    process.env.APP_URL = "https://roster.example/";
    expect(appUrl("/orgs/acme")).toBe("https://roster.example/orgs/acme");
  });
});
