import { Global, Module } from '@nestjs/common';
import { MailService } from './mail.service';
import { OutboxRepository } from './outbox.repository';

@Global()
@Module({ providers: [MailService, OutboxRepository], exports: [MailService, OutboxRepository] })
export class MailModule {}
