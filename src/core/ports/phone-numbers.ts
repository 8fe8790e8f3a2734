// Port: a phone number verified by WeChat. The 住户登记 page's getPhoneNumber button gives a one-time code; the server
// exchanges it (cloud.openapi.phonenumber.getPhoneNumber). Locally there is no such exchange: typed numbers only.
export interface PhoneNumbers {
  /** The number the code stands for (mainland numbers without +86), or undefined when WeChat refused the code. */
  exchange(code: string): Promise<string | undefined>
}
