// Free-mail and consumer providers: anyone can get an address there, so owning the
// domain proves nothing about a company. Adding one as a verified domain is refused.
import { domainAndParents, emailDomain } from "./normalize-domain";

/** Exact domains (and their subdomains). */
const FREE_MAIL_DOMAINS = new Set([
  "gmail.com",
  "googlemail.com",
  "google.com",
  "msn.com",
  "passport.com",
  "windowslive.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "aim.com",
  "verizon.net",
  "att.net",
  "sbcglobal.net",
  "bellsouth.net",
  "comcast.net",
  "cox.net",
  "charter.net",
  "earthlink.net",
  "web.de",
  "t-online.de",
  "freenet.de",
  "arcor.de",
  "mail.ru",
  "inbox.ru",
  "list.ru",
  "bk.ru",
  "rambler.ru",
  "ya.ru",
  "proton.me",
  "protonmail.com",
  "protonmail.ch",
  "pm.me",
  "tutanota.com",
  "tutanota.de",
  "tuta.io",
  "tuta.com",
  "zoho.com",
  "zohomail.com",
  "mail.com",
  "email.com",
  "usa.com",
  "fastmail.com",
  "fastmail.fm",
  "hushmail.com",
  "runbox.com",
  "posteo.de",
  "posteo.net",
  "mailbox.org",
  "orange.fr",
  "wanadoo.fr",
  "free.fr",
  "laposte.net",
  "sfr.fr",
  "neuf.fr",
  "club-internet.fr",
  "bbox.fr",
  "numericable.fr",
  "aliceadsl.fr",
  "voila.fr",
  "libero.it",
  "virgilio.it",
  "tiscali.it",
  "alice.it",
  "tin.it",
  "btinternet.com",
  "sky.com",
  "talktalk.net",
  "virginmedia.com",
  "ntlworld.com",
  "blueyonder.co.uk",
  "seznam.cz",
  "centrum.cz",
  "wp.pl",
  "o2.pl",
  "onet.pl",
  "interia.pl",
  "qq.com",
  "163.com",
  "126.com",
  "yeah.net",
  "sina.com",
  "sohu.com",
  "naver.com",
  "daum.net",
  "hanmail.net",
  "rediffmail.com",
  "bol.com.br",
  "uol.com.br",
  "terra.com.br",
  "telenet.be",
  "skynet.be",
  "bluewin.ch",
  "shaw.ca",
  "rogers.com",
  "sympatico.ca",
  "hey.com",
  "duck.com",
  "gmx.com",
  "gmx.net",
  "yandex.com",
  "yahoo.com",
  "hotmail.com",
  "outlook.com",
  "live.com",
]);

/** Brands that use many country domains: yahoo.fr, hotmail.co.uk, gmx.de, yandex.ru, live.fr… */
const FREE_MAIL_BRANDS = ["yahoo", "ymail", "rocketmail", "hotmail", "outlook", "live", "gmx", "yandex", "aol", "zoho"];
const COUNTRY_SUFFIX = /^(?:[a-z]{2,3}|(?:co|com|net|org)\.[a-z]{2})$/; // fr, com, de, co.uk, com.br…

/** True for a free-mail or consumer provider's domain, or a subdomain of one. */
export function isFreeMailDomain(domain: string): boolean {
  const name = domain.trim().toLowerCase().replace(/\.+$/, "");
  return domainAndParents(name).some((candidate) => {
    if (FREE_MAIL_DOMAINS.has(candidate)) return true;
    const dot = candidate.indexOf(".");
    return FREE_MAIL_BRANDS.includes(candidate.slice(0, dot)) && COUNTRY_SUFFIX.test(candidate.slice(dot + 1));
  });
}

/** True when the email's domain is a free-mail provider. */
export function isFreeMailEmail(email: string): boolean {
  const domain = emailDomain(email);
  return !!domain && isFreeMailDomain(domain);
}

export { emailDomain };
