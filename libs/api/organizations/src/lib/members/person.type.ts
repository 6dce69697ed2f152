import { Field, ID, ObjectType } from 'type-graphql';

/** The person behind a membership, as the organization's members list shows them. */
@ObjectType({ description: 'A person who belongs to an organization.' })
export class Person {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field()
  email!: string;
}
