// The privacy guide (用户隐私保护指引) and WeChat's privacy authorization, for 住户登记. Kept in a file without twins.

/** Answer WeChat's privacy question: agreed (from the button with open-type agreePrivacyAuthorization) or not. */
export type PrivacyAnswer = (agreed: boolean) => void

export interface PrivacyApi {
  /** Opens the guide: WeChat shows the one declared in the admin backend; false where the app shows its own text. */
  openContract(): Promise<boolean>
  /**
   * WeChat asks before a privacy API (getPhoneNumber, chooseMedia, the recorder…) runs for a user who has not agreed:
   * `listener` shows the app's consent dialog and answers. Returns a function that stops listening.
   */
  onNeedAuthorization(listener: (answer: PrivacyAnswer) => void): () => void
  /** The phone number can be verified by WeChat (getPhoneNumber button). */
  canVerifyPhone: boolean
}

/** The id of the dialog's agree button: WeChat checks that this very button was tapped. */
export const AGREE_BUTTON_ID = 'agree-privacy-button'
