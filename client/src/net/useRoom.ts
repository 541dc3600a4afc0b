// The room over socket.io: what the server decides (step, voting, timer…), who is in
// the room, and the facilitator's commands. Components never touch the socket.
import { useCallback, useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, CommandName, CommandPayload, RoomState, Roster, ServerToClientEvents, Welcome } from '../../../shared/room';

export type RoomStatus = 'connecting' | 'connected' | 'offline' | 'refused' | 'removed';

export interface Room {
  state: RoomState | null;
  roster: Roster | null;
  welcome: Welcome | null;
  status: RoomStatus;
  /** The server's reason when the connection was refused ('unknown token', …). */
  error: string | null;
  /** Server clock minus this device's clock, in ms (for the timer). */
  clockOffset: number;
  send<K extends CommandName>(command: K, payload: CommandPayload<K>): Promise<Ack>;
}

type RoomSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * `workshopId` goes in the handshake query (`?workshop=`): a load balancer in front of
 * several nodes sends every connection of one workshop to the same node (docs/scaling.md).
 */
export function useRoom(token: string | null, workshopId?: string): Room {
  const [state, setState] = useState<RoomState | null>(null);
  const [roster, setRoster] = useState<Roster | null>(null);
  const [welcome, setWelcome] = useState<Welcome | null>(null);
  const [status, setStatus] = useState<RoomStatus>('connecting');
  const [error, setError] = useState<string | null>(null);
  const [clockOffset, setClockOffset] = useState(0);
  const socketRef = useRef<RoomSocket | null>(null);

  useEffect(() => {
    if (!token) {
      setStatus('refused');
      setError('unknown token');
      return;
    }
    const socket: RoomSocket = io({ auth: { token }, query: workshopId ? { workshop: workshopId } : {}, transports: ['websocket', 'polling'] });
    socketRef.current = socket;
    setStatus(socket.connected ? 'connected' : 'connecting');
    socket.on('connect', () => {
      setStatus('connected');
      setError(null);
    });
    socket.on('disconnect', (reason) => {
      // the server ended it on purpose (removed): no automatic reconnect
      setStatus(reason === 'io server disconnect' ? 'refused' : 'offline');
    });
    socket.on('connect_error', (err) => {
      if (socket.active) setStatus('offline');
      else {
        setError(err.message);
        setStatus(err.message === 'removed' ? 'removed' : 'refused');
      }
    });
    socket.on('welcome', setWelcome);
    socket.on('state', (s) => {
      setClockOffset(s.serverNow - Date.now());
      setState(s);
    });
    socket.on('roster', setRoster);
    socket.on('removed', () => {
      setStatus('removed');
      setError('removed');
    });
    return () => {
      socket.removeAllListeners();
      socket.disconnect();
      socketRef.current = null;
    };
  }, [token, workshopId]);

  // keep 'removed' sticky even though a disconnect follows it
  const effectiveStatus: RoomStatus = error === 'removed' ? 'removed' : status;

  const send = useCallback(<K extends CommandName>(command: K, payload: CommandPayload<K>): Promise<Ack> => {
    const socket = socketRef.current;
    if (!socket || !socket.connected) return Promise.resolve({ ok: false, error: 'offline' });
    return new Promise<Ack>((resolve) => {
      const timed = socket.timeout(10_000) as unknown as {
        emit(event: string, payload: unknown, ack: (err: Error | null, result?: Ack) => void): void;
      };
      timed.emit(command, payload, (err, result) => {
        resolve(err || !result ? { ok: false, error: err ? 'timeout' : 'no answer' } : result);
      });
    });
  }, []);

  return { state, roster, welcome, status: effectiveStatus, error, clockOffset, send };
}
