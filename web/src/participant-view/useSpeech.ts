import { useCallback, useEffect, useRef, useState } from 'react';
import { speechLang, swedishVoice } from './speech.ts';

const synthesis = (): SpeechSynthesis | undefined =>
  typeof window !== 'undefined' &&
  'speechSynthesis' in window &&
  typeof SpeechSynthesisUtterance === 'function'
    ? window.speechSynthesis
    : undefined;

/**
 * Speech for the cards: one text at a time (speaking again cancels what is being read),
 * in Swedish, with a Swedish voice once the browser has loaded its voices (they may come
 * after the page, with `voiceschanged`). `speaking` names the card being read.
 */
export function useSpeech() {
  const [synth] = useState(synthesis);
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => synth?.getVoices() ?? []);
  const [speaking, setSpeaking] = useState<string | undefined>();
  const current = useRef<SpeechSynthesisUtterance | undefined>(undefined);

  useEffect(() => {
    if (!synth) return;
    const update = () => setVoices(synth.getVoices());
    update();
    synth.addEventListener?.('voiceschanged', update);
    return () => {
      synth.removeEventListener?.('voiceschanged', update);
      // Leaving the page stops the reading.
      synth.cancel();
    };
  }, [synth]);

  const speak = useCallback(
    (id: string, text: string) => {
      if (!synth) return;
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = speechLang;
      const voice = swedishVoice(voices.length > 0 ? voices : synth.getVoices());
      if (voice) utterance.voice = voice;
      // Only the utterance still current may say it ended: a cancelled one ends late.
      const ended = () => {
        if (current.current !== utterance) return;
        current.current = undefined;
        setSpeaking(undefined);
      };
      utterance.onend = ended;
      utterance.onerror = ended;
      current.current = utterance;
      setSpeaking(id);
      synth.speak(utterance);
    },
    [synth, voices],
  );

  const stop = useCallback(() => {
    current.current = undefined;
    synth?.cancel();
    setSpeaking(undefined);
  }, [synth]);

  return { supported: synth !== undefined, speaking, speak, stop };
}
