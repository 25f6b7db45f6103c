/**
 * An agreement as a heading names it: by its title (docs/language.md: the id only where a command
 * needs it). Two agreements of one title in the same output are told apart by their ids.
 */
export function agreementHeading(
  entry: { id: string; title: string },
  entries: readonly { id: string; title: string }[],
): string {
  const shared = entries.some((other) => other.id !== entry.id && other.title === entry.title);
  return shared ? `${entry.title} (${entry.id})` : entry.title;
}
