import webpack, { type Configuration, type Stats } from 'webpack';

/** Runs one webpack compilation and fails with webpack's own error text when it reports errors. */
export function runWebpack(config: Configuration): Promise<Stats> {
  return new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((error, stats) => {
      compiler.close((closeError) => {
        if (error) return reject(error);
        if (!stats) return reject(new Error('webpack returned no stats'));
        if (stats.hasErrors()) {
          const messages = stats.toJson({ all: false, errors: true }).errors ?? [];
          return reject(new Error(`webpack failed:\n${messages.map((m) => m.message).join('\n\n')}`));
        }
        if (closeError) return reject(closeError);
        resolve(stats);
      });
    });
  });
}
