package com.luxestate.listings.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import com.luxestate.listings.AddressVisibility;
import com.luxestate.listings.GeoPoint;
import com.luxestate.listings.Money;
import com.luxestate.listings.PropertyType;
import com.luxestate.listings.Purpose;
import com.luxestate.listings.internal.Address;
import com.luxestate.listings.internal.ListingDetails;
import com.luxestate.listings.internal.ListingProblems;
import com.luxestate.listings.internal.ListingRules;

/**
 * The writable fields of a listing: the body of a create, and what a merge patch is
 * applied to. Read-only fields ({@code id}, {@code ownerId}, {@code status}, ...) are not
 * here, so a body that sets them is rejected as unknown.
 */
record ListingRequest(@Schema(example = "Bright flat in Lisboa") @NotBlank @Size(max = 120) String title,
		@Schema(example = "Sunny rooms, a quiet street and a view of the river.") @Size(
				max = 10_000) @Nullable String description,
		@NotNull Purpose purpose, @NotNull PropertyType propertyType, @NotNull @Valid Price price,
		@NotNull @Valid AddressFields address,
		@Schema(description = "FULL when left out") @Nullable AddressVisibility addressVisibility,
		@Valid @Nullable Location location, @Schema(example = "2") @Min(0) @Max(100) @Nullable Integer bedrooms,
		@Schema(example = "1.5") @DecimalMin("0") @DecimalMax("99.5") @Digits(integer = 3,
				fraction = 1) @Nullable BigDecimal bathrooms,
		@Schema(example = "85") @Positive @Digits(integer = 8, fraction = 2) @Nullable BigDecimal livingArea,
		@Positive @Digits(integer = 10, fraction = 2) @Nullable BigDecimal lotArea,
		@Schema(example = "1910") @Min(1800) @Nullable Integer yearBuilt,
		@Schema(example = "[\"balcony\", \"elevator\"]") @Size(
				max = 30) @Nullable List<@NotBlank @Size(max = 40) String> features) {

	record Price(@Schema(example = "250000") @NotNull @Positive @Digits(integer = 12, fraction = 2) BigDecimal amount,
			@Schema(example = "EUR") @NotNull @Pattern(regexp = "[A-Z]{3}",
					message = "must be an ISO 4217 currency code") String currency) {
	}

	record AddressFields(@Schema(example = "Rua da Prata 12") @Size(max = 200) @Nullable String street,
			@Schema(example = "Lisboa") @NotBlank @Size(max = 100) String city,
			@Schema(example = "Lisboa") @Size(max = 100) @Nullable String region,
			@Schema(example = "1100-148") @Size(max = 20) @Nullable String postalCode,
			@Schema(example = "PT") @NotNull @Pattern(regexp = "[A-Z]{2}",
					message = "must be an ISO 3166-1 alpha-2 country code") String country) {
	}

	record Location(@Schema(example = "38.7103") @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
			@Schema(example = "-9.1365") @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon) {
	}

	ListingDetails toDetails() {
		if (!ListingRules.isCurrency(price.currency())) {
			throw ListingProblems.invalid("price.currency", "must be an ISO 4217 currency code");
		}
		return new ListingDetails(title, description, purpose, propertyType,
				new Money(price.amount(), price.currency()),
				new Address(blankToNull(address.street()), address.city().strip(), blankToNull(address.region()),
						blankToNull(address.postalCode()), address.country()),
				addressVisibility, location == null ? null : new GeoPoint(location.lat(), location.lon()), bedrooms,
				bathrooms, livingArea, lotArea, yearBuilt, features == null ? List.of()
						: features.stream().map(feature -> feature.strip().toLowerCase()).toList());
	}

	static ListingRequest of(ListingDetails details) {
		var address = details.address();
		return new ListingRequest(details.title(), details.description(), details.purpose(), details.propertyType(),
				new Price(details.price().amount(), details.price().currency()),
				new AddressFields(address.street(), address.city(), address.region(), address.postalCode(),
						address.country()),
				details.addressVisibility(),
				details.location() == null ? null : new Location(details.location().lat(), details.location().lon()),
				details.bedrooms(), details.bathrooms(), details.livingArea(), details.lotArea(), details.yearBuilt(),
				details.features());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
