import { ConfigError, loadConfig } from './config/config';
import { createApp } from './server';

/** Starts the API alone against DATABASE_URL (npm start wraps this with the embedded database). */
export async function startServer(environment: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(environment);
  const app = await createApp(config);
  const server = await listen(app, config.PORT, config.HOST);
  return { app, server, config };
}

async function listen(app: Awaited<ReturnType<typeof createApp>>, port: number, host: string) {
  try {
    await app.listen(port, host);
  } catch (error) {
    await app.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new ConfigError(`Port ${port} is already in use: stop the other program or set PORT to a free port.`);
    }
    throw error;
  }
  return app.getHttpServer();
}

if (require.main === module) {
  startServer()
    .then(({ app }) => {
      app.enableShutdownHooks();
    })
    .catch((error: unknown) => {
      console.error(
        error instanceof ConfigError ? error.message : `The API could not start: ${(error as Error).message}`,
      );
      process.exit(1);
    });
}
