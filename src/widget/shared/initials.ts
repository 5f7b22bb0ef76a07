// The avatar shown when a clinic has no logo: up to two initials of its name. Shared by the
// chat frame and the dashboard's preview.

export function initialsOf(name: string): string {
  const words = name.replace(/\(.*?\)/g, " ").match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? "")
    .join("");
}
