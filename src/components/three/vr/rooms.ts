import type { WorldView } from '../../../lib/vr/view';
import { bodyRoom } from './scenes/body';
import { chatRoom } from './scenes/chat';
import { ktvRoom } from './scenes/ktv';
import { lobbyRoom } from './scenes/lobby';
import { partyRoom } from './scenes/party';
import type { Room } from './scenes/types';

/** Every room of the experience, by id. */
export const rooms = {
  lobby: lobbyRoom,
  party: partyRoom,
  ktv: ktvRoom,
  chat: chatRoom,
  body: bodyRoom,
} satisfies Record<Room['id'], Room>;

/** The room a view takes place in: the debrief is held in the lobby. */
export function roomOf(view: WorldView): Room {
  switch (view.kind) {
    case 'offer':
      return rooms[view.scene];
    case 'body':
      return rooms.body;
    default:
      return rooms.lobby;
  }
}
