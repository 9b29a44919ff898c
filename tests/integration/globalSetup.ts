import type { TestProject } from 'vitest/node';
import { startTestServer } from '../support/server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestServer();
  project.provide('baseURL', server.url);
  return () => server.stop();
}
