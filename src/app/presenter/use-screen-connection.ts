import { useCallback, useEffect, useRef, useState } from 'react';
import { presenterChannelName, readScreenMessage, type ScreenState } from '../../features/presentation/presenter-channel';

/**
 * - connecting: just opened, asking the presentation window for its state;
 * - connected: it answered, and has not said it ended since;
 * - unanswered: nothing answered (the window is not presenting, or was closed);
 * - ended: it left presentation mode, reloaded or closed.
 */
export type ConnectionStatus = 'connecting' | 'connected' | 'unanswered' | 'ended';

/** How long an unanswered 'hello' waits before the view says it is not connected. */
const ANSWER_MS = 1500;
/** While not connected, the view asks again this often: the window may start presenting later. */
const ASK_AGAIN_MS = 2000;

/**
 * The presenter view's side of the channel (see features/presentation/presenter-channel.ts): the
 * presentation window's last state, whether it is connected, and `go`, which asks it to show a slide.
 */
export function useScreenConnection(channelId: string) {
  const [state, setState] = useState<ScreenState | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>(() => (typeof BroadcastChannel === 'undefined' ? 'unanswered' : 'connecting'));
  const channelRef = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(presenterChannelName(channelId));
    channelRef.current = channel;
    channel.onmessage = (event: MessageEvent) => {
      const message = readScreenMessage(event.data);
      if (message?.type === 'ended') setStatus('ended');
      else if (message) {
        setState(message);
        setStatus('connected');
      }
    };
    channel.postMessage({ type: 'hello' });
    const unanswered = setTimeout(() => setStatus((current) => (current === 'connecting' ? 'unanswered' : current)), ANSWER_MS);
    return () => {
      clearTimeout(unanswered);
      channel.close();
      channelRef.current = null;
    };
  }, [channelId]);

  const connected = status === 'connected';
  useEffect(() => {
    if (connected) return;
    const timer = setInterval(() => channelRef.current?.postMessage({ type: 'hello' }), ASK_AGAIN_MS);
    return () => clearInterval(timer);
  }, [connected]);

  const go = useCallback((index: number) => channelRef.current?.postMessage({ type: 'go', index }), []);
  return { state, status, go };
}
