import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsInt, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { Wallet } from './wallet.entity';

/** 1.00 .. 100,000.00 per top-up, in minor units. */
export const MIN_TOP_UP_MINOR = 100;
export const MAX_TOP_UP_MINOR = 10_000_000;

@InputType()
export class TopUpWalletInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  organizationId!: string;

  @Field(() => Int, { description: 'Minor units, 100 (1.00) .. 10,000,000 (100,000.00), in the wallet’s currency.' })
  @IsInt({ message: 'Enter a whole number of cents.' })
  @Min(MIN_TOP_UP_MINOR, { message: 'A top-up is at least 1.00.' })
  @Max(MAX_TOP_UP_MINOR, { message: 'A top-up is at most 100,000.00.' })
  amountMinor!: number;

  @Field({ description: '8..100 characters, one per intended top-up: a retry with the same key charges nothing more.' })
  @IsString()
  @Length(8, 100, { message: 'An idempotency key has 8 to 100 characters.' })
  idempotencyKey!: string;
}

@ObjectType()
export class TopUpWalletPayload {
  @Field(() => Wallet)
  wallet!: Wallet;
}
