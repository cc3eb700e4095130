import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { readBody } from '../api/problem.ts';

// The employer's menu counts the proposals waiting for an answer. It reads the count
// route (no participant is read for it) when the page changes and when a proposal is answered.

const answered = 'bryggan:proposal-answered';

/** Tells the menu a proposal was answered, so its count follows. */
export const proposalAnswered = () => window.dispatchEvent(new Event(answered));

export function useNewProposalCount(enabled: boolean, path: string): number | undefined {
  const [count, setCount] = useState<number>();
  const [answers, setAnswers] = useState(0);
  useEffect(() => {
    const onAnswered = () => setAnswers((n) => n + 1);
    window.addEventListener(answered, onAnswered);
    return () => window.removeEventListener(answered, onAnswered);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page or an answer is what makes a new count.
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    readBody(api.v1.matches.count.$get({ query: { status: 'proposed' } })).then(
      (answer) => current && setCount(answer.count),
      // The menu works without its count; the pages say what failed.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [enabled, path, answers]);
  return count;
}
