import fs from 'node:fs';
import path from 'node:path';

const DEFAULT_CANDIDATES = ['/usr/lib/jvm/java-17-openjdk-amd64', '/usr/lib/jvm/java-17-openjdk-arm64', '/usr/lib/jvm/java-17-openjdk'];

/**
 * The Java home Elasticsearch runs on: `ES_JAVA_HOME` when set, else the machine's OpenJDK 17 (the
 * integ-test zip ships no JDK). Throws naming the variable and the Debian package when none is found.
 */
export function resolveJavaHome(env: NodeJS.ProcessEnv = process.env, candidates: readonly string[] = DEFAULT_CANDIDATES): string {
  const fromEnv = env.ES_JAVA_HOME;
  if (fromEnv) {
    if (!fs.existsSync(path.join(fromEnv, 'bin', 'java'))) {
      throw new Error(`ES_JAVA_HOME: ${fromEnv}/bin/java does not exist`);
    }
    return fromEnv;
  }
  const found = candidates.find((home) => fs.existsSync(path.join(home, 'bin', 'java')));
  if (!found) {
    throw new Error(
      `ES_JAVA_HOME is not set and no Java 17 was found in ${candidates.join(', ')}; ` +
        'install it (apt-get install openjdk-17-jre-headless) or set ES_JAVA_HOME',
    );
  }
  return found;
}
