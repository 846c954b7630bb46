/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native modules and the Node-only database driver stay outside the server bundle.
  serverExternalPackages: [
    "@node-rs/argon2",
    "pg",
    "@prisma/adapter-pg",
    "nodemailer",
    "rate-limiter-flexible",
    // PDF forms: fontkit/harfbuzz (Wasm) and the font file are loaded from node_modules at run time.
    "pdf-lib",
    "@pdf-lib/fontkit",
    "subset-font",
    "qrcode",
    "exceljs",
  ],
  experimental: {
    // Uploads (≤ 10 MB each) travel in the form's body: at most a 延续 form with 5 supporting files.
    serverActions: { bodySizeLimit: "70mb" },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          // Features the system never uses. The CSP (with a nonce) and HSTS are set per request by proxy.ts.
          {
            key: "Permissions-Policy",
            value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=()",
          },
        ],
      },
    ];
  },
};

export default nextConfig;
