import { buildElasticsearchCommand, getInstanceLayout } from './build_elasticsearch_command';

const input = {
  installDir: '/cache/elasticsearch-8.19.21',
  instanceDir: '/cache/runs/a',
  port: 9211,
  nodeName: 'hunt-eda-0a1b2c3d',
  javaHome: '/usr/lib/jvm/java-17-openjdk-amd64',
  heap: '512m',
  pathEnv: '/usr/bin:/bin',
};

describe('buildElasticsearchCommand', () => {
  it('runs the launcher as a loopback single node without security, with data and logs in the instance', () => {
    const command = buildElasticsearchCommand(input);
    expect(command.command).toBe('/cache/elasticsearch-8.19.21/bin/elasticsearch');
    expect(command.args).toEqual([
      '-Ecluster.name=hunt-eda',
      '-Enode.name=hunt-eda-0a1b2c3d',
      '-Ediscovery.type=single-node',
      '-Enetwork.host=127.0.0.1',
      '-Ehttp.port=9211',
      '-Expack.security.enabled=false',
      '-Epath.data=/cache/runs/a/data',
      '-Epath.logs=/cache/runs/a/logs',
      '-Ecluster.routing.allocation.disk.threshold_enabled=false',
    ]);
  });

  it('hands over a clean environment with the Java home, config copy, tmp dir and a fixed heap', () => {
    expect(buildElasticsearchCommand(input).env).toEqual({
      PATH: '/usr/bin:/bin',
      HOME: '/cache/runs/a',
      LANG: 'C.UTF-8',
      ES_JAVA_HOME: '/usr/lib/jvm/java-17-openjdk-amd64',
      ES_PATH_CONF: '/cache/runs/a/config',
      ES_TMPDIR: '/cache/runs/a/tmp',
      ES_JAVA_OPTS: '-Xms512m -Xmx512m -XX:-HeapDumpOnOutOfMemoryError',
    });
  });

  it('rejects a heap the JVM would not parse and a port out of range, naming the field', () => {
    expect(() => buildElasticsearchCommand({ ...input, heap: '1 GB' })).toThrow('heap must look like 512m or 1g, got "1 GB"');
    expect(() => buildElasticsearchCommand({ ...input, port: 70000 })).toThrow('port must be an integer in 1..65535, got 70000');
  });
});

describe('getInstanceLayout', () => {
  it('keeps every file of an instance below its directory, the server log named after the cluster', () => {
    expect(getInstanceLayout('/x')).toEqual({
      configDir: '/x/config',
      dataDir: '/x/data',
      logsDir: '/x/logs',
      tmpDir: '/x/tmp',
      consoleLog: '/x/logs/console.log',
      serverLog: '/x/logs/hunt-eda.log',
      stateFile: '/x/instance.json',
    });
  });
});
