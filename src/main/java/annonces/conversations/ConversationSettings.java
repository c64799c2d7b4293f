package annonces.conversations;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code annonces.conversations.*}.
 *
 * @param openedPerHour        new conversations one account may open an hour
 * @param openedPerHourByClient new conversations one client (address) may open an hour, whatever the accounts
 * @param messagesPerHour      messages one account may write an hour, in all its conversations
 * @param digestEvery          at most one mail per conversation and side in this time
 * @param digestPoll           how often each instance looks for sides to mail
 * @param linkLifetime         how long the link in a digest opens the conversation without a login
 */
@ConfigurationProperties("annonces.conversations")
record ConversationSettings(
        @Bindable(defaultValue = "10") int openedPerHour,
        @Bindable(defaultValue = "20") int openedPerHourByClient,
        @Bindable(defaultValue = "120") int messagesPerHour,
        @Bindable(defaultValue = "15m") Duration digestEvery,
        @Bindable(defaultValue = "20s") Duration digestPoll,
        @Bindable(defaultValue = "30d") Duration linkLifetime) {
}
