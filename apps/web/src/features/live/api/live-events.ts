import type { SocketMessage } from "@backlot/contracts/core/events";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { queryKeys } from "../../../lib/query-keys";
import { applyLiveEvent, resyncOrganization } from "./apply-live-event";

export type LiveStatus = "connecting" | "live" | "reconnecting" | "offline";

/** Last event id seen per organization, kept across reconnects and org switches. */
const lastEventIds = new Map<string, string>();

function later(a: string | undefined, b: string | null | undefined): string | undefined {
  if (!b) return a;
  if (!a) return b;
  return BigInt(b) > BigInt(a) ? b : a;
}

function socketUrl(orgId: string): string {
  const proto = window.location.protocol === "https:" ? "wss:" : "ws:";
  const after = lastEventIds.get(orgId);
  const query = after ? `?after=${encodeURIComponent(after)}` : "";
  return `${proto}//${window.location.host}/api/v1/organizations/${orgId}/events${query}`;
}

/**
 * Keeps a WebSocket to the organization's live events open: resumes from the last event id,
 * reconnects with capped exponential backoff, and patches the query cache as events arrive.
 */
export function useLiveEvents(orgId: string): LiveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>("connecting");

  useEffect(() => {
    let socket: WebSocket | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let stopped = false;

    const connect = () => {
      clearTimeout(timer);
      if (stopped) return;
      const openedAt = Date.now();
      const resuming = lastEventIds.has(orgId);
      const ws = new WebSocket(socketUrl(orgId));
      socket = ws;
      ws.onmessage = (message) => {
        let msg: SocketMessage;
        try {
          msg = JSON.parse(String(message.data)) as SocketMessage;
        } catch {
          return;
        }
        if (msg.kind === "ready") {
          attempt = 0;
          setStatus("live");
          const id = later(lastEventIds.get(orgId), msg.lastEventId);
          if (id) lastEventIds.set(orgId, id);
          // Data fetched before the first subscription may have missed a change: refetch it.
          if (!resuming) {
            void queryClient.invalidateQueries({
              queryKey: queryKeys.org(orgId),
              predicate: (q) => q.state.dataUpdatedAt > 0 && q.state.dataUpdatedAt < openedAt,
            });
          }
        } else if (msg.kind === "event") {
          const id = later(lastEventIds.get(orgId), msg.event.id);
          if (id) lastEventIds.set(orgId, id);
          applyLiveEvent(queryClient, orgId, msg.event);
        } else if (msg.kind === "resync") {
          lastEventIds.delete(orgId);
          resyncOrganization(queryClient, orgId);
        }
      };
      ws.onclose = () => {
        if (stopped || socket !== ws) return;
        socket = null;
        setStatus(navigator.onLine ? "reconnecting" : "offline");
        const delay = Math.min(30_000, 500 * 2 ** attempt) + Math.random() * 400;
        attempt += 1;
        timer = setTimeout(connect, delay);
      };
    };

    const reconnectNow = () => {
      if (socket || stopped) return;
      attempt = 0;
      connect();
    };
    const onVisible = () => document.visibilityState === "visible" && reconnectNow();
    const onOffline = () => setStatus("offline");

    setStatus("connecting");
    connect();
    window.addEventListener("online", reconnectNow);
    window.addEventListener("offline", onOffline);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener("online", reconnectNow);
      window.removeEventListener("offline", onOffline);
      document.removeEventListener("visibilitychange", onVisible);
      socket?.close(1000, "navigated away");
      socket = null;
    };
  }, [orgId, queryClient]);

  return status;
}
