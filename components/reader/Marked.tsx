import type { Range } from '../../utils/reader/marks';
import { segmentText } from '../../utils/reader/marks';

/** Text with <mark> runs, built from text nodes (never markup). */
export function Marked({ text, ranges }: { text: string; ranges?: Range[] }) {
  if (!ranges?.length) return <>{text}</>;
  return (
    <>
      {segmentText(text, ranges).map((s, i) =>
        s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
      )}
    </>
  );
}
