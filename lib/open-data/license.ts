// The data is dedicated to the public domain; the code that publishes it is MIT (package.json).

export const DATA_LICENSE = {
  name: "CC0-1.0",
  title: "Creative Commons Zero v1.0 Universal (public domain dedication)",
  path: "https://creativecommons.org/publicdomain/zero/1.0/",
} as const;

export const CODE_LICENSE = { name: "MIT", title: "MIT License" } as const;
