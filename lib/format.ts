// Dates and numbers as people in the US read them, the same on the server and in tests.

const dateFormat = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

export function formatCount(count: number): string {
  return count.toLocaleString("en-US");
}

export function formatDistance(distance: number, unit: "mi" | "km"): string {
  if (distance < 0.1) return `less than 0.1 ${unit === "mi" ? "miles" : "km"}`;
  const rounded = distance < 10 ? distance.toFixed(1) : Math.round(distance).toString();
  return `${rounded} ${unit === "mi" ? (rounded === "1.0" ? "mile" : "miles") : "km"}`;
}
