package org.cloudtrail4j.eks;

import java.util.Map;
import org.cloudtrail4j.eks.internal.OpenEnums;
import org.cloudtrail4j.model.OpenEnum;

/**
 * The values of the EKS model's {@code AMITypes}. Open: a value a newer EKS writes is kept, not rejected, and {@link
 * #known()} is {@code UNRECOGNIZED} for it.
 */
public final class AmiType extends OpenEnum<AmiType.Known> {
  /** The values this version of the library knows, and {@code UNRECOGNIZED} for any other. */
  public enum Known {
    /** {@code AL2_x86_64}. */
    AL2_X86_64("AL2_x86_64"),
    /** {@code AL2_x86_64_GPU}. */
    AL2_X86_64_GPU("AL2_x86_64_GPU"),
    /** {@code AL2_ARM_64}. */
    AL2_ARM_64("AL2_ARM_64"),
    /** {@code CUSTOM}. */
    CUSTOM("CUSTOM"),
    /** {@code BOTTLEROCKET_ARM_64}. */
    BOTTLEROCKET_ARM_64("BOTTLEROCKET_ARM_64"),
    /** {@code BOTTLEROCKET_x86_64}. */
    BOTTLEROCKET_X86_64("BOTTLEROCKET_x86_64"),
    /** {@code BOTTLEROCKET_ARM_64_FIPS}. */
    BOTTLEROCKET_ARM_64_FIPS("BOTTLEROCKET_ARM_64_FIPS"),
    /** {@code BOTTLEROCKET_x86_64_FIPS}. */
    BOTTLEROCKET_X86_64_FIPS("BOTTLEROCKET_x86_64_FIPS"),
    /** {@code BOTTLEROCKET_ARM_64_NVIDIA}. */
    BOTTLEROCKET_ARM_64_NVIDIA("BOTTLEROCKET_ARM_64_NVIDIA"),
    /** {@code BOTTLEROCKET_x86_64_NVIDIA}. */
    BOTTLEROCKET_X86_64_NVIDIA("BOTTLEROCKET_x86_64_NVIDIA"),
    /** {@code BOTTLEROCKET_ARM_64_NVIDIA_FIPS}. */
    BOTTLEROCKET_ARM_64_NVIDIA_FIPS("BOTTLEROCKET_ARM_64_NVIDIA_FIPS"),
    /** {@code BOTTLEROCKET_x86_64_NVIDIA_FIPS}. */
    BOTTLEROCKET_X86_64_NVIDIA_FIPS("BOTTLEROCKET_x86_64_NVIDIA_FIPS"),
    /** {@code WINDOWS_CORE_2019_x86_64}. */
    WINDOWS_CORE_2019_X86_64("WINDOWS_CORE_2019_x86_64"),
    /** {@code WINDOWS_FULL_2019_x86_64}. */
    WINDOWS_FULL_2019_X86_64("WINDOWS_FULL_2019_x86_64"),
    /** {@code WINDOWS_CORE_2022_x86_64}. */
    WINDOWS_CORE_2022_X86_64("WINDOWS_CORE_2022_x86_64"),
    /** {@code WINDOWS_FULL_2022_x86_64}. */
    WINDOWS_FULL_2022_X86_64("WINDOWS_FULL_2022_x86_64"),
    /** {@code WINDOWS_CORE_2025_x86_64}. */
    WINDOWS_CORE_2025_X86_64("WINDOWS_CORE_2025_x86_64"),
    /** {@code WINDOWS_FULL_2025_x86_64}. */
    WINDOWS_FULL_2025_X86_64("WINDOWS_FULL_2025_x86_64"),
    /** {@code AL2023_x86_64_STANDARD}. */
    AL2023_X86_64_STANDARD("AL2023_x86_64_STANDARD"),
    /** {@code AL2023_ARM_64_STANDARD}. */
    AL2023_ARM_64_STANDARD("AL2023_ARM_64_STANDARD"),
    /** {@code AL2023_x86_64_NEURON}. */
    AL2023_X86_64_NEURON("AL2023_x86_64_NEURON"),
    /** {@code AL2023_x86_64_NVIDIA}. */
    AL2023_X86_64_NVIDIA("AL2023_x86_64_NVIDIA"),
    /** {@code AL2023_ARM_64_NVIDIA}. */
    AL2023_ARM_64_NVIDIA("AL2023_ARM_64_NVIDIA"),
    /** A value this version of the library does not know; see {@link AmiType#value()}. */
    UNRECOGNIZED(null);

    private final String value;

    Known(String value) {
      this.value = value;
    }
  }

  private static final Map<String, AmiType> KNOWN =
      OpenEnums.index(Known.values(), k -> k.value, AmiType::new);

  private AmiType(String value, Known known) {
    super(value, known);
  }

  /** The instance for {@code value}: a known one, or a new unrecognised one that keeps the string. */
  public static AmiType of(String value) {
    return OpenEnums.of(KNOWN, value, v -> new AmiType(v, Known.UNRECOGNIZED));
  }
}
