import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PrismaService, type DatabaseClient } from '../database/prisma.service';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * The one way the app sends email. Every message is written to the outbox inside the caller's
 * transaction (so a rolled-back change sends nothing); `deliver` then sends it over SMTP when
 * SMTP_URL is set; when it is not, the message stays in the outbox table, where development and
 * tests read it.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter | null;

  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL) : null;
  }

  async enqueue(message: MailMessage, client: DatabaseClient = this.prisma): Promise<string> {
    const row = await client.outboxEmail.create({ data: message, select: { id: true } });
    return row.id;
  }

  /** Call after the transaction that enqueued the messages has committed. */
  async deliver(ids: string[]): Promise<void> {
    for (const id of ids) {
      const message = await this.prisma.outboxEmail.findUnique({ where: { id } });
      if (!message || message.sentAt) continue;
      if (!this.transport) {
        // Its text carries a secret link: the log says where to read it, never what it says.
        this.logger.log(
          { outboxId: id, to: message.to, subject: message.subject },
          'email stored in the outbox table (SMTP_URL not set)',
        );
        continue;
      }
      try {
        await this.transport.sendMail({
          from: this.config.MAIL_FROM,
          to: message.to,
          subject: message.subject,
          text: message.text,
        });
        await this.prisma.outboxEmail.update({ where: { id }, data: { sentAt: new Date() } });
      } catch (error) {
        this.logger.error({ err: error, outboxId: id }, 'email could not be sent; it stays in the outbox');
      }
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
