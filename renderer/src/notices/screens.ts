// The notices flow, loaded on first use (App imports it lazily): the home screen's bundle stays small.
export { A4PreviewScreen } from './A4PreviewScreen';
export { NoticeScreen } from './NoticeScreen';
export { NoticesHomeScreen } from './NoticesHomeScreen';
