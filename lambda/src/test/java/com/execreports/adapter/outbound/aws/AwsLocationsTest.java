package com.execreports.adapter.outbound.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execreports.adapter.outbound.aws.AwsLocations.S3Location;
import com.execreports.domain.ConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AwsLocationsTest {
    @ParameterizedTest
    @CsvSource({
            "s3://exec-reports-data/handoffs/, exec-reports-data, handoffs/",
            "s3://exec-reports-data/handoffs, exec-reports-data, handoffs/",
            "s3://exec-reports-data/a/b/c/, exec-reports-data, a/b/c/",
            "s3://exec-reports-data/, exec-reports-data, ''",
            "s3://exec-reports-data, exec-reports-data, ''",
            "s3://my.bucket.example/x/, my.bucket.example, x/",
    })
    void readsBucketAndPrefix(String location, String bucket, String prefix) {
        assertThat(AwsLocations.s3(location)).isEqualTo(new S3Location(bucket, prefix));
        assertThat(AwsLocations.isS3(location)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"s3:/bucket/x", "s3://Bad_Bucket/x", "s3://ab/x", "s3://bucket/x?y=1", "s3://bucket/x#f",
            "s3://bucket/has space", "http://bucket/x"})
    void refusesWhatIsNotAnS3Location(String location) {
        assertThatThrownBy(() -> AwsLocations.s3(location))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(location + ": ");
    }

    @ParameterizedTest
    @CsvSource({
            "ssm:/exec-reports/, /exec-reports/",
            "ssm:/exec-reports, /exec-reports/",
            "ssm:/org/team/exec-reports/, /org/team/exec-reports/",
            "ssm:/, /",
    })
    void readsTheParameterPath(String location, String path) {
        assertThat(AwsLocations.ssm(location)).isEqualTo(path);
        assertThat(AwsLocations.isSsm(location)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ssm:exec-reports", "ssm://host/exec-reports/", "ssm:/exec reports/", "ssm:/a//b/",
            "ssm:/a/?x", "sm:/a/"})
    void refusesWhatIsNotAParameterPath(String location) {
        assertThatThrownBy(() -> AwsLocations.ssm(location))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(location + ": ");
    }
}
