import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

// Docker cannot run on the build machines; these checks keep the files honest instead.
const compose = parse(fs.readFileSync("docker-compose.yml", "utf8"));
const dockerfile = fs.readFileSync("Dockerfile", "utf8");

describe("docker-compose.yml", () => {
  it("runs PostgreSQL 18 with a persistent volume and a readiness healthcheck", () => {
    const db = compose.services.db;
    expect(db.image).toMatch(/^postgres:18(\.|$|-)/);
    const [volume] = db.volumes[0].split(":");
    expect(compose.volumes).toHaveProperty(volume);
    expect(db.healthcheck.test.join(" ")).toContain("pg_isready");
  });

  it("starts the app after the database is healthy, on port 3000, with its own healthcheck", () => {
    const app = compose.services.app;
    expect(app.build).toBe(".");
    expect(app.ports).toContain("3000:3000");
    expect(app.depends_on.db.condition).toBe("service_healthy");
    expect(app.environment.DATABASE_URL).toMatch(/^postgresql:\/\/[^@]+@db:5432\/scanaware$/);
    expect(app.healthcheck.test.join(" ")).toContain("/api/ready");
  });

  it("refuses to start the app without a session secret rather than using a default one", () => {
    expect(compose.services.app.environment.AUTH_SECRET).toMatch(/^\$\{AUTH_SECRET:\?/);
  });
});

describe("Dockerfile", () => {
  it("serves the standalone build with ScanAware's server as a non-root user after applying migrations", () => {
    expect(dockerfile).toContain(".next/standalone");
    expect(dockerfile).toMatch(/npx next build && npm run build:server/);
    expect(dockerfile).toMatch(/^USER scanaware$/m);
    const cmd = dockerfile.split("\n").find((line) => line.startsWith("CMD"));
    expect(cmd).toMatch(/migrate deploy.*&&.*exec node scanaware-server\.mjs/);
  });

  it("matches the standalone output setting of next.config.ts", () => {
    expect(fs.readFileSync("next.config.ts", "utf8")).toContain('output: "standalone"');
  });
});
