import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/schemas/[file]/route";

const get = (file: string) => GET(new Request(`http://localhost/api/v1/schemas/${file}`), { params: Promise.resolve({ file }) });

describe("GET /api/v1/schemas/{file}", () => {
  it("serves the disclosure format as JSON Schema at its versioned URL and as the latest", async () => {
    const versioned = await get("disclosure-1.0.json");
    expect(versioned.status).toBe(200);
    expect(versioned.headers.get("content-type")).toBe("application/schema+json");
    expect(versioned.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(versioned.headers.get("access-control-allow-origin")).toBe("*");
    const schema = await versioned.json();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(`${process.env.APP_URL}/api/v1/schemas/disclosure-1.0.json`);

    const latest = await get("disclosure.json");
    expect(latest.status).toBe(200);
    expect(latest.headers.get("content-type")).toBe("application/schema+json");
    expect(await latest.json()).toEqual(schema);
  });

  it("answers any other file with a 404 problem naming the known ones", async () => {
    const response = await get("disclosure-0.9.json");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const body = await response.json();
    expect(body).toMatchObject({ status: 404, title: "Not found" });
    expect(body.detail).toContain("disclosure-1.0.json");
    expect(body.detail).toContain("disclosure.json");
  });
});
