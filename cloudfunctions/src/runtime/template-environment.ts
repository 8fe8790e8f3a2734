// Which set of subscription template ids applies: SHUOSHI_TEMPLATE_ENV if set (develop | trial | release),
// else 'release' inside a WeChat cloud function and 'local' elsewhere.
import { TEMPLATE_ENVIRONMENTS, type TemplateEnvironment } from '../../../config/subscribe-templates'

export function templateEnvironment(env: NodeJS.ProcessEnv = process.env): TemplateEnvironment {
  const chosen = env.SHUOSHI_TEMPLATE_ENV as TemplateEnvironment | undefined
  if (chosen && TEMPLATE_ENVIRONMENTS.includes(chosen)) return chosen
  return env.TENCENTCLOUD_RUNENV ? 'release' : 'local'
}
