// Former path of schedule/meeting-before-milestone.ts (SPEC §4.2), kept only so that older importers still resolve.
export {
  checkMeetingsBeforeMilestone as checkGovernance,
  requiredBodies,
  subtractDuration,
  type BodyCheck,
  type ListedCheck,
  type MeetingsBeforeMilestone as MilestoneGovernance,
} from './meeting-before-milestone.js';
export { meetingsByBody } from './meetings-by-body.js';
