// Debian's Chromium on a machine without internet, as root: without the background-networking flags it
// keeps trying (and failing) to reach Google's services. Shared by Playwright and bench/lighthouse.ts.
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
