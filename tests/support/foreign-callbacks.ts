// Every trick seen for leading a sign-in off the site from a callbackUrl: dot segments that
// collapse into "//" (plain, percent-encoded, after a segment), backslashes and tabs that
// browsers read as slashes, user info and look-alike hosts, other schemes, and values that
// are no string at all. Shared by the unit test of sameSitePath and the HTTP-level check.
export const FOREIGN_CALLBACKS: readonly unknown[] = [
  "//evil.com", "///evil.com", "/.//evil.com", "/..//evil.com", "/./..//evil.com", "/a/..//evil.com", "/a/b/../..//evil.com",
  "/%2e//evil.com", "/%2E//evil.com", "/%2e%2e//evil.com", "/.%2e//evil.com", "/a/%2e%2e//evil.com",
  "/\\evil.com", "/\\/evil.com", "/.\\/evil.com", "/..\\\\evil.com", "\\\\evil.com", "/\tevil.com", "/\t/evil.com", "/.\t//evil.com", "/\n/evil.com", "/\r//evil.com",
  "https://evil.com", "http:evil.com", "https:/evil.com", "//roster.example@evil.com", "https://roster.example@evil.com/", "https://roster.example.evil.com/",
  "javascript:alert(1)", "data:text/html,x", "evil.com", "", " ", null, undefined, 42, ["/orgs"], "/\nfoo",
];
