// Who reads each UI text. Participants (carers, volunteers, residents) read the join page,
// the phone views and the projector: those texts are held to language level B1 by
// tests/shared/b1-language.test.ts. The texts below are read only by the facilitator
// (start-page form, console, exports); they may be richer, within a looser budget.
// A new key is a participant text unless it is listed here.
import type { UiKey } from './ui.js';
import { SERIES_FACILITATOR_ONLY } from './series-ui.js';
import { SERIES_REPORT_FACILITATOR_ONLY } from './series-report-ui.js';
import { INTERVIEW_FACILITATOR_ONLY } from './ui-interviews.js';
import { UI_MAP_FACILITATOR } from './ui-map.js';

export const FACILITATOR_ONLY: ReadonlySet<UiKey> = new Set<UiKey>([
  // start page: creating a workshop
  'createWorkshop', 'workshopTitle', 'titlePlaceholder', 'workshopLanguage', 'horizonYear', 'template',
  'facilitatorName', 'place', 'creating', 'createAndOpen',
  // console
  'facilitatorNoAccess', 'facilitatorNoAccessBody', 'commandFailed', 'settings', 'runTheRoom', 'whoIsInTheRoom',
  'openProjector', 'projectorLinkUnknown', 'secretLink', 'secretLinkWarning', 'copyLink', 'copyProjectorLink',
  'copied', 'controls', 'dotVoting', 'dotsPerParticipant', 'openVoting', 'closeVoting', 'votingIsOpen', 'minutes',
  'startTimer', 'restartTimer', 'stopTimer', 'privateWriting', 'startPrivateWriting', 'revealNotes',
  'privateWritingOnHelp', 'privateWritingOffHelp', 'privateWritingFacilitatorHint', 'anonymous', 'anonymousHelp',
  'lockJoins', 'lockedHelp', 'participantsCanGroup', 'participantsCanGroupHelp', 'unlockedHelp', 'onlineOfJoined',
  'readyOf', 'waitingFor', 'everyoneReady', 'nobodyYet', 'anonymousPerson', 'removePerson', 'notesOfStep',
  'addNoteForRoom', 'newTheme', 'newThemePlaceholder', 'addTheme', 'themeName', 'renameTheme', 'deleteTheme',
  'notInTheme', 'moveToThemeFor', 'aspectFor', 'levelFor', 'deleteNoteFor', 'chooseAsAmbition', 'notesAbout',
  'notesAt', 'noTagsYet', 'actionList', 'newAction', 'addAction', 'fromSmallSteps', 'makeAction', 'downloadPdf',
  'otherExports', 'exportMd', 'exportNotesCsv', 'exportActionsCsv', 'exportJson', 'exportFailed', 'preparing',
  'saveSettings', 'expectedGroups', 'stepsUsed', 'question', 'instruction', 'yearPlaceholderHint',
  ...INTERVIEW_FACILITATOR_ONLY,
  ...UI_MAP_FACILITATOR,
  'projectorNoAccess', 'keptUntil', 'deviceStorage', 'privacy', 'consoleAnonymousOn', 'consoleAnonymousOff', 'deleteWorkshop', 'deleteWorkshopConfirm', 'deleteWorkshopHint',
  // a series of meetings
  ...SERIES_FACILITATOR_ONLY,
  ...SERIES_REPORT_FACILITATOR_ONLY,
]);
