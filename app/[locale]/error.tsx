"use client";

import { ErrorContent } from "@/components/layout/error-content";

export default ErrorContent;
