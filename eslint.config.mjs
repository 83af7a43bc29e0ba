import next from "eslint-config-next";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTypescript,
  { rules: { "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }] } },
  { ignores: ["lib/generated/**", ".next/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
];

export default config;
