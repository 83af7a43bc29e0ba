import type { TestProject } from "vitest/node";
import { ensureTemplate, startTestServer } from "../support/test-database";

export default async function setup(project: TestProject) {
  const server = await startTestServer();
  project.provide("adminUrl", server.adminUrl);
  project.provide("template", await ensureTemplate(server.adminUrl));
  return async () => {
    await server.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    template: string;
  }
}
